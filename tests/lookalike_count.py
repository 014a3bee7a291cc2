"""Counts how often grouping merges a look-alike into the event it resembles, over every combination the
look-alike tests use: each look-alike against its event with none, the first, all but the first or all
of the event's reports undated, the look-alike dated and undated, beside the set's background stories.

Run from the repository's root: ``python -m tests.lookalike_count [-v] [module ...]`` (default: the
invented sets ``tests.lookalike_more``, ``tests.lookalike_fresh``, ``tests.lookalike_fourth``,
``tests.lookalike_fifth``, ``tests.lookalike_sixth``, ``tests.lookalike_seventh``,
``tests.lookalike_eighth``, ``tests.lookalike_ninth``, ``tests.lookalike_tenth``, ``tests.lookalike_eleventh``,
``tests.lookalike_twelfth``, ``tests.lookalike_thirteenth``, ``tests.lookalike_fourteenth``,
``tests.lookalike_fifteenth``, ``tests.lookalike_sixteenth``, ``tests.lookalike_seventeenth``,
``tests.lookalike_eighteenth``, ``tests.lookalike_nineteenth``, ``tests.lookalike_twentieth``,
``tests.lookalike_twentyfirst``, ``tests.lookalike_twentysecond``, ``tests.lookalike_twentythird``, ``tests.lookalike_twentyfourth``, ``tests.lookalike_twentyfifth``, ``tests.lookalike_twentysixth``, ``tests.lookalike_twentyseventh``, ``tests.lookalike_twentyeighth``, ``tests.lookalike_twentyninth``, ``tests.lookalike_thirtieth``, ``tests.lookalike_thirtyfirst``, ``tests.lookalike_thirtysecond``, ``tests.lookalike_thirtythird``, ``tests.lookalike_thirtyfourth``, ``tests.lookalike_thirtyfifth``, ``tests.lookalike_thirtysixth``, ``tests.lookalike_thirtyseventh``, ``tests.lookalike_thirtyeighth``, ``tests.lookalike_thirtyninth``, ``tests.lookalike_fortieth``, ``tests.lookalike_fortyfirst``, ``tests.lookalike_fortysecond``, ``tests.lookalike_fortythird``, ``tests.lookalike_fortyfourth``, ``tests.lookalike_fortyfifth``, ``tests.lookalike_fortysixth``, ``tests.lookalike_fortyseventh``, ``tests.lookalike_fortyeighth``, ``tests.lookalike_fortyninth``, ``tests.lookalike_fiftieth``, ``tests.lookalike_fiftyfirst``,
``tests.lookalike_fiftysecond``, ``tests.lookalike_fiftythird``, ``tests.lookalike_fiftyfourth``, ``tests.lookalike_fiftyfifth``, ``tests.lookalike_fiftysixth``, ``tests.lookalike_fiftyseventh``, ``tests.lookalike_fiftyeighth``,
``tests.lookalike_fiftyninth``, ``tests.lookalike_sixtieth``, ``tests.lookalike_sixtyfirst``,
``tests.lookalike_sixtysecond``, ``tests.lookalike_sixtythird``, ``tests.lookalike_sixtyfourth``,
``tests.lookalike_sixtyfifth``, ``tests.lookalike_sixtysixth``, ``tests.lookalike_sixtyseventh``,
``tests.lookalike_sixtyeighth``, ``tests.lookalike_sixtyninth``, ``tests.lookalike_seventieth``,
``tests.lookalike_seventyfirst``, ``tests.lookalike_seventysecond``, ``tests.lookalike_seventythird``,
``tests.lookalike_seventyfourth``, ``tests.lookalike_seventyfifth`` and ``tests.lookalike_seventysixth``). For each
set it prints the merged look-alikes by kind and the splits: combinations whose event's reports do not end up
together (a split counted apart from the look-alike that drew some of them away). ``-v`` lists each failing
combination.

``tests.lookalike_seventeenth`` was written blind while grouping was tuned on the sets above, then counted once on
the code before that round of grouping work (3c4f3c0) and after it (d18772d, h81's merged): 75 of its 120
combinations merged and its event split in 59 on both, so that round's rules carried nothing to it. It has been
among ``DEFAULT_SETS`` since.

``tests.lookalike_eighteenth`` and ``tests.lookalike_nineteenth`` were written blind while grouping was tuned
on the sets above and held back, then counted once each on the code before the next round of grouping work
(3367a4e; the eighteenth also at that stop's start, 1db617c, with the same count) and after it (b508c6c, h87's
merged): the eighteenth 78 of its 104 combinations merged and its event split in 73 before, 77 and 73 after; the
nineteenth 100 of its 144 merged and split in 60 before, 97 and 57 after. That round's rules (follow-ups kept
with their happening, undated reports following a story told by several dated ones) carried little to them:
blind, most combinations still merge a look-alike or split the event. Both have been among ``DEFAULT_SETS``
since.

``tests.lookalike_twentieth`` was written blind while grouping was tuned on the sets above and held back,
then counted once on the code before the next round of grouping work (5244a93) and after it (8bb38c7, h91's
merged): 89 of its 136 combinations merged both times, its event split in 37 before and 21 after. That
round's rule (a short side story of the day, left alone by linkage, joins the group it stands beside) carried
to it: fewer splits, no more merges. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_twentyfirst`` was written blind while grouping was tuned on the sets above and held back,
then counted once on the code it was written on (1f999b2, before the next round of grouping work) and after
it (f1a38f7, h95's merged, with that stop's claims rules): 100 of its 152 combinations merged before and 95
after, its event split in 80 both times. That round's rules (lead amounts and numbered things as identifying,
vote shares, names only recalled left out of the who rule, things named after their noun) carried a little
to its merges and nothing to its splits. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_twentysecond`` was written blind while grouping was tuned on the sets above and held back,
then counted once on the code it was written on (25e2677, before the next round of grouping work) and after
it (h100's rules merged, with that stop's claims rules): 105 of its 152 combinations merged before and 92
after, its event split in 76 before and 52 after. That round's rules (a report that only foretells, dated
groups merged first, a lone undated report joining the one group it is close to) carried to both, splits
most. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_twentythird`` was written blind while grouping was tuned on the sets above and held back,
then counted once at the start of the next stop, on the code it was written on (fe47282's grouping; e81778b):
91 of its 152 combinations merged, its event split in 110. That stop changed no grouping rule (h106's
split-half study of grouping's weights found none that carried from one half of the sets to the other), so
that count stands for after it too. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_twentyfourth`` was written blind while grouping was tuned on the sets above and held back,
then counted once at the start of the next stop, on that stop's start code (77ecb5f) and on the code it was
written on (f185d30): 103 of its 160 combinations merged, its event split in 113, on both (grouping changed
between the two only by speedups with the same output). It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_twentyfifth`` was written blind on 84185fb while grouping was worked on and held back, then
counted once on the code it was written on (84185fb) and once after that stop's grouping work (h113's rule for
a report left alone whose lead dates its happening to the day most of a group's leads give, turned on): 104 of
its 160 combinations merged both times, its event split in 67 before and 61 after. It has been among
``DEFAULT_SETS`` since.

``tests.lookalike_twentysixth`` was written blind on 602ec3c while grouping was worked on and held back, then
counted once at the start of the next stop, on that stop's start code (39e2f33, after the grouping work it was
held back from) and on the code it was written on (602ec3c): 112 of its 160 combinations merged, its event split
in 58, on both. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_twentyseventh`` was written blind on afca4ce while grouping was worked on and held back, then
counted once on the code it was written on (afca4ce) and once after that stop's grouping work (h119's rule for a
group that recalls another's happening a year or more back, ``GroupingOptions.recollected_words``, on a1e78bf):
128 of its 160 combinations merged before and 106 after, its event split in 100 before and 99 after. It has been
among ``DEFAULT_SETS`` since.

``tests.lookalike_twentyeighth`` was written blind on fbbc3e4 while grouping was worked on and held back, then
counted once at the start of the next stop, on that stop's start code (a600f13, after the grouping work it was
held back from) and on the code it was written on (fbbc3e4): 103 of its 160 combinations merged, its event split
in 86, on both. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_twentyninth`` was written blind on 5f99c26 while grouping was worked on and held back, then
counted once on the code it was written on (5f99c26) and once after that stop's grouping work (h126's rule for a
lead that puts its happening a season or weeks ahead, ``GroupingOptions.foretold_to_come`` and
``foretold_days``, on e6514c0): 93 of its 160 combinations merged before and 89 after, its event split in 98
both times. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_thirtieth`` was written blind on 60d7dd5 while grouping was worked on and held back, then
counted once at the next stop's start, on the code it was written on (60d7dd5) and on that stop's start code
(2ddd9e7, whose grouping differs only by a change that leaves every linkage the same): 115 of its 160
combinations merged and its event split in 105, the same on both. It has been among ``DEFAULT_SETS`` since;
h132's rule of that stop (``GroupingOptions.foretold_states``) then took it to 109 merged, split 105.

``tests.lookalike_thirtyfirst`` was written blind on 3a732d0 while grouping was worked on and held back, then
counted once on the code it was written on (3a732d0) and once after that stop's grouping work (h132's rule for a
dated lead that tells a state of things with no day, ``GroupingOptions.foretold_states``): 101 of its 160
combinations merged before and 92 after, its event split in 105 both times. It has been among ``DEFAULT_SETS``
since.

``tests.lookalike_thirtysecond`` was written blind on c603c94 while grouping was worked on and held back, then
counted once on the code it was written on (c603c94) and once after that stop's grouping work (h137's rule for a
report left alone that looks back a year or more, ``GroupingOptions.recalling_joins``): 110 of its 160
combinations merged both times, its event split in 94 before and 64 after. It has been among ``DEFAULT_SETS``
since.

``tests.lookalike_thirtythird`` was written blind on bbc2931 while grouping was worked on and held back (its dates
fall in 2121-2123), then counted once on the code it was written on (bbc2931) and once after that stop's grouping
work (h143's rules: a recalled name counts, ``GroupingOptions.recalled_name_writers``, and a group of three or more
recalls a lone report in four words, ``group_recollected_words``; on d4272b1): 86 of its 160 combinations merged
before and 81 after, its event split in 75 before and 81 after. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_thirtyfourth`` was written blind on aae133e while grouping was worked on (its dates fall in
2124-2126), held back, then counted once on the code it was written on (its grouping as aae133e's, d708c0f) and
after that round of grouping work (h149's rules: a lone report dated to a group's day weighed before the what
rule, ``GroupingOptions.told_day_what``; a dated report whose lead gives no date tells its own day or the day
before, ``told_own_day``, ``told_own_back``; a live page's line-opening clock is no name, ``live_lines``; on
697f372): 91 of its 160 combinations merged both times, its event split in 102 before and 91 after. That round's
rules carried to it: fewer splits, no more merges. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_thirtyfifth`` was written blind on 916f525 while grouping was worked on (its dates fall in
2127-2129), held back unrun, then counted once at the next stop's start, on the code it was written on (916f525)
and on that stop's start code (46a9f79, after the rest of that round of grouping work): 87 of its 160
combinations merged and its event split in 75, the same on both. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_thirtysixth`` was written blind on bb62199 while grouping was worked on (its dates fall in
2133-2135), held back unrun, then counted once at a later session's start, on the code it was written on (bb62199)
and on that session's start code (b8a9bac, after h156's rules for a report told before the happening,
``GroupingOptions.told_before_days``, and a lone undated report recalling a group's lead,
``undated_recollected_words``): 90 of its 160 combinations merged before and 78 after, its event split in 89
before and 95 after. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_thirtyseventh`` was written blind on fb56c7b while grouping was worked on (its dates fall in
2144-2146), held back unrun, then counted once at the next session's start, on the code it was written on
(fb56c7b) and on that session's start code (b8a9bac; no grouping change between the two): 116 of its 160
combinations merged and its event split in 95, the same on both. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_thirtyeighth`` (hard-news kinds) was written blind on d468d24 while grouping was worked on (its
dates fall in 2154-2156), held back unrun, then counted once at the next session's start, on the code it was written
on (d468d24) and on that session's start code (6e32353, after h162's rules for undated and explainer reports,
``told_group_days``, ``told_own_coarse``, ``told_unnamed`` and ``counted_back``): 114 of its 160 combinations merged
on both, its event split in 90 before and 73 after. The rules carried to its splits, not to its merges. It has been
among ``DEFAULT_SETS`` since.

``tests.lookalike_thirtyninth`` (hard-news kinds) was written blind on 78e852a while grouping was worked on (its
dates fall in 2173-2175), held back unrun, then counted once at the end of that session's grouping work, on the
code it was written on (78e852a) and after h168's rule for undated reports filed with an earlier look-alike
(``GroupingOptions.later_ratio``, 735d6db): 99 of its 160 combinations merged and its event split in 62, the same on
both. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_fortieth`` (hard-news kinds) was written blind on b9c1501 while grouping was worked on (its
dates fall in 2179-2181), held back unrun, then counted once at the next session's start, before any change
(f88b6e5, after h168's ``GroupingOptions.later_ratio``), and on the code it was written on (b9c1501): 87 of its 160
combinations merged and its event split in 86, against 89 and 87 before. The later-ratio rule kept two look-alikes
apart (an undated first report now stays with its own event's reports) and mended one split. It has been among
``DEFAULT_SETS`` since.

``tests.lookalike_fortyfirst`` (hard-news kinds) was written blind on d23205b while grouping was worked on (its
dates fall in 2187-2189), held back unrun, then counted once at the next session's start, before any change
(8cad968, after h175's ``opening_names``, ``step_day_before`` and ``dated_back_days``), and on the code it was
written on (d23205b): 90 of its 160 combinations merged and its event split in 81, against 96 and 80 before. The
rules carried to its merges (a neonatal unit fire's and a disputed shoal's look-alikes kept apart more often), not to its
splits. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_fortysecond`` (hard-news kinds) was written blind on 4810a1f while grouping was worked on (its
dates fall in 2197-2199), held back unrun, then counted once at the next session's start, before any change
(8cad968), and on the code it was written on (4810a1f; no grouping change between the two): 77 of its 160
combinations merged and its event split in 49, the same on both. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_fortythird`` (hard-news kinds) was written blind on 29b17c4 while grouping was worked on (its
dates fall in 2205-2207), held back unrun, then counted once at the next session's start, before any change
(a452f37), and on the code it was written on (29b17c4; one refactor of grouping between the two): 69 of its 160
combinations merged and its event split in 60, the same on both. Two of its kinds (a rogue trader's loss and an airport
cargo robbery) never merged; a gas well blowout's and a head-on train collision's look-alikes merged in 15 of 16. It has
been among ``DEFAULT_SETS`` since.

``tests.lookalike_fortyfourth`` (hard-news kinds) was written blind on fce034b while grouping was worked on (its
dates fall in 2211-2213), held back unrun, then counted once at the end of that session's work, after h186's
``months_back`` and ``repeats_back``, and on the code it was written on (fce034b): 71 of its 160 combinations merged
and its event split in 21, the same on both. A space capsule's coolant leak and a sonic boom's look-alikes merged in
15 of 16 and in none; h186's rules carried nothing to it. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_fortyfifth`` (hard-news kinds) was written blind on 14669d0 while grouping was worked on (its
dates fall in 2219-2221), held back unrun, then counted once at the next session's start, before any change
(100afe3), and on the code it was written on (14669d0): 67 of its 160 combinations merged and its event split in 89,
the same on both. An anthrax outbreak's and a polio case's look-alikes merged in 10 and 11 of 16, a rabid dog's in
none; four events (a winter's livestock kill, a rabid dog, a tainted cough syrup, a formula recall) came out split
in every combination. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_fortysixth`` (hard-news kinds) was written blind on 4a3ea9a while grouping was worked on (its
dates fall in 2226-2228), held back unrun, then counted once at the next session's start, before any change
(046ad30), and on the code it was written on (4a3ea9a): 53 of its 160 combinations merged and its event split in
130, the same on both. A banned war film's, a raided ministry's and a dismissed governor's look-alikes merged in
10, 9 and 8 of 16, a tunnel fire's in 3; four events (the tunnel fire, the raided ministry, the banned film, the
fallen classroom ceiling) came out split in every combination. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_fortyseventh`` (hard-news kinds) was written blind on 8493684 while grouping was worked on (its
dates fall in 2236-2238), held back unrun, then counted once at the next session's start, before any change
(668382e), and on the code it was written on (8493684): 87 of its 160 combinations merged and its event split in
132, the same on both. A botulism outbreak's and a benzene-tainted water supply's look-alikes merged in 13 of 16, a
flood inquiry's in 5; seven events (the oxygen tank, the boarding school's tuberculosis, the virus lab, the
phylloxera, the botulism, the flood inquiry, the benzene) came out split in every combination, most often by their
last report alone. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_fortyeighth`` (hard-news kinds) was written blind on 4f9cd40 while grouping was worked on (its
dates fall in 2252-2254), held back unrun, then counted once at the next session's start, before any change
(7246dd1), and on the code it was written on (4f9cd40): 86 of its 160 combinations merged on both, its event split in
95 against 141 (the quote pieces and explainers rejoining their event, written after it, carried to it). A pyramid
scheme founder's arrest's look-alikes merged in all 16, a trawler's sinking's and an exam earpiece ring's in 14, a
cash-machine gang's raids' in none; two events (the pyramid scheme founder's arrest and the cash-machine raids) still
came out split in every combination. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_fortyninth`` (hard-news kinds) was written blind on 268ecc7 while grouping was worked on (its
dates fall in 2266-2268), held back unrun, then counted once at the next session's start, before any change
(8dd8fd3), and on the code it was written on (268ecc7): 77 of its 160 combinations merged and its event split in 36,
the same on both. A flamingo die-off's look-alikes merged in 13 of 16 and a cataract clinic's tainted rinse fluid's
in 12; a bank losing its licence's in none and a freak wave's in 3. A council seat settled by drawing lots came out
split in every combination; the other events were split in at most eight. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_fiftieth`` (hard-news kinds) was written blind on 2c41f94 while grouping was worked on (its
dates fall in 2274-2276), held back unrun, then counted once at the next session's start, before any change
(1eafbd8), and on the code it was written on (2c41f94): 66 of its 160 combinations merged and its event split in 28,
the same on both. A struck-off lawyer's look-alikes merged in 12 of 16; a detective's evidence-store swap's and a
court's river ruling's in none. An intercity's breakaway carriages came out split in 11 combinations and the
catalytic converter thefts in 10; the other events were split in at most four. It has been among ``DEFAULT_SETS``
since.

``tests.lookalike_fiftyfirst`` (hard-news kinds) was written blind on f689a38 while grouping was worked on (its
dates fall in 2285-2287), held back unrun, then counted once at the next session's start, before any change
(99c07f2), and on the code it was written on (f689a38): 78 of its 160 combinations merged and its event split in 57,
the same on both. A harbour's sudden sea surge's look-alikes merged in 11 of 16, a children's heart unit's halted
operations' and a slimming pill's suspension's in 9; a metals exchange's voided tin deals' in 5. The heart unit's
reports came out split in 13 combinations and the sea surge's in 10. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_fiftysecond`` (hard-news kinds) was written blind on 3fd36ce while grouping was worked on (its
dates fall in 2290-2292), held back unrun, then counted once at the next session's start, before any change
(99c07f2), and on the code it was written on (3fd36ce): 64 of its 160 combinations merged and its event split in 47,
the same on both. A bulk carrier's arrest over unpaid crew's look-alikes merged in 13 of 16, a court's tag-days
ruling's and an ice-bound research ship's in 9; an identity card keys suspension's in none. The tag-days ruling came
out split in 14 combinations; the other events were split in at most eight. It has been among ``DEFAULT_SETS``
since.

``tests.lookalike_fiftythird`` (hard-news kinds) was written blind on 9ad2e96 while grouping was worked on (its
dates fall in 2295-2297), held back unrun, then counted once at the end of that session's grouping work (ba97939) and
on the code it was written on (9ad2e96): 75 of its 160 combinations merged and its event split in 107, the same on
both. An intensive care unit closed by a fungus's look-alikes merged in 10 of 16; recruits dying on a march in the
heat's in 4. A national teachers' strike, students cleared from an occupied university and rough sleepers' deaths
in a frost came out split in every combination. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_fiftyfourth`` (hard-news kinds) was written blind on b17c33d while grouping was worked on (its
dates fall in 2306-2308), held back unrun, then counted once at the next session's start, before any change
(7dbac75), and on the code it was written on (b17c33d): 75 of its 160 combinations merged and its event split in 65,
the same on both. A grocer's price cuts' look-alikes merged in 10 of 16; a drug laboratory blowing up in a tower
block's and a football club thrown out of its cup's in 6. A tunnel's falling ceiling came out split in every
combination, the cup expulsion in 13 and an underground laboratory's flood in 12. It has been among
``DEFAULT_SETS`` since.

``tests.lookalike_fiftyfifth`` (hard-news kinds) was written blind on a6a8d75 while grouping was worked on (its
dates fall in 2312, 2313 and 2316), held back unrun, then counted once at the next session's start, before any
change (3b16130), and on the code it was written on (a6a8d75): 71 of its 160 combinations merged and its event split
in 92, the same on both. Horse meat in beef products' look-alikes merged in 12 of 16; poisoned vultures', hacked
security cameras' and a painted-over mural's in 8. The felled park trees, the banks' online outage, the lawyers'
walkout, the horse meat and the mural came out split in every combination, the capsized livestock carrier in 10.
It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_fiftysixth`` (hard-news kinds) was written blind on 5149a94 while grouping was worked on (its
dates fall in 2319-2321), held back unrun, then counted once at the next session's start, before any change
(3b16130), and on the code it was written on (5149a94): 58 of its 160 combinations merged and its event split in 70,
the same on both. The wrong kidney removed, the fallen terrace wall and the caved-in trench's look-alikes merged in
8 of 16; the hepatitis C clinic's in none. The bin strike came out split in every combination, the glasshouse
walkout in 12. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_fiftyseventh`` (hard-news kinds) was written blind on 6078db0 while grouping was worked on (its
dates fall in 2322, 2328 and 2329), held back unrun, then counted once at the next session's start, before any
change (67967cd), and on the code it was written on (6078db0): 70 of its 160 combinations merged and its event split
in 92, the same on both. A mountain rescuer killed by a snapped winch cable's look-alikes merged in 9 of 16; most
other kinds' in 6 to 8, but the chlorine-filled swimming baths' in none. The waterspout on a campsite, the winch
cable and the recalled pressure cookers came out split in every combination, the assembly fistfight, the unopened
postal ballots and the recalled chests of drawers in 12. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_fiftyeighth`` (hard-news kinds) was written blind on 1ed30ae while grouping was worked on (its
dates fall in 2338 and 2339), held back unrun, then counted once at the next session's start, before any change
(67655a5), and on the code it was written on (1ed30ae): 72 of its 160 combinations merged and its event split in 91,
the same on both. The power and gas supplier that stopped trading had its look-alikes merged in 14 of 16, the
district heating plant's in 2, most others' in 6 to 8. The sham holiday flats and the burst brewery tank came out
split in every combination, the snapped bungee cord in 15, the cold flats and the puppy farm in 12. It has been
among ``DEFAULT_SETS`` since.

``tests.lookalike_fiftyninth`` (hard-news kinds) was written blind on a90b207 while grouping was worked on (its
dates fall in 2346 and 2347), held back unrun, then counted once at the next session's start, before any change
(67655a5), and on the code it was written on (a90b207): 74 of its 160 combinations merged and its event split in 73,
the same on both. Most kinds' look-alikes merged in 8 of 16, the rowing club's initiation, the ballroom floor and
the failed wine merchant's in 6. The swapped atlas, the terraced house beside a basement dig and the freezing rain
came out split in every combination, the initiation, the chairman voted out and the wine merchant in 8. It has
been among ``DEFAULT_SETS`` since.

``tests.lookalike_sixtieth`` (hard-news kinds) was written blind on 5656ae4 while grouping was worked on (its
dates fall in 2353 and 2354), held back unrun, then counted once at the next session's start, before any change
(68460da), and on the code it was written on (5656ae4): 70 of its 160 combinations merged and its event split in
101, the same on both. Most kinds' look-alikes merged in 8 of 16, the swapped newborns' in 4 and the wrecked wheat
trial's and the time signal's in 6. The too-wide trains, the unpassed biopsy results, the swapped newborns, the time
signal, the barred football club and the wrong house pulled down came out split in every combination, the airport
gates in 5. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_sixtyfirst`` (hard-news kinds) was written blind on 0d81069 while grouping was worked on (its
dates fall in 2357 and 2358), held back unrun, then counted once at the next session's start, before any change
(68460da), and on the code it was written on (0d81069): 67 of its 160 combinations merged and its event split in
79, the same on both. The sunk harbour tug's look-alikes merged in 9 of 16, the escaped defendant's in 3 and the
vanished letting agent's in 5, most others' in 6 to 8. The escaped defendant, the house sold on forged papers and
the mispriced televisions came out split in every combination, the seized news feed in 10, the tug in 9. It has
been among ``DEFAULT_SETS`` since.

``tests.lookalike_sixtysecond`` (hard-news kinds) was written blind on 343d43d while grouping was worked on (its
dates fall in 2361 and 2362), held back unrun, then counted once at the next session's start, before any change
(c91886e), and on the code it was written on (343d43d): 70 of its 160 combinations merged and its event split in 68,
the same on both. The lead roof stripped from a cathedral merged its look-alikes in 12 of 16, the emptied vault in 11
and the toppled headstones in 10, the fired ejection seat in none and the poisoned rye bread in 1. The smart meters
switched to prepayment and the lead roof came out split in every combination, the vault and the headstones in 12.
It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_sixtythird`` (hard-news kinds) was written blind on c99f913 while grouping was worked on (its
dates fall in 2365 and 2366; grouping's code there is 343d43d's), held back unrun, then counted once at the next
session's start, before any change (c91886e), and on the code it was written on (c99f913): 75 of its 160
combinations merged and its event split in 5, the same on both. The police radio outage merged its look-alikes in
10 of 16, the split water slide in 9, the others in 5 to 8; only the chairlift (4) and the theatre fire (1) ever
came out split. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_sixtyfourth`` (hard-news kinds) was written blind on 44e55e6 while grouping was worked on (its
dates fall in 2373 and 2374), held back unrun, then counted once at the next session's start, before any change
(c90d19e), and on the code it was written on (44e55e6): 79 of its 160 combinations merged and its event split in
53, the same on both. The ambulance crossing a red light and the wrong blood unit merged their look-alikes in 13 of
16, the laser in the cockpit in 9, the others in 6 to 8, the airliner losing cabin pressure in none; the airliner and
the postman who kept the letters came out split in every combination, the morphine swapped for salt water in 8, the
hunter's shot in 7 and the mauled post woman in 6. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_sixtyfifth`` (accidents at work, on trains, on stage, at sport and on farms) was written blind on
c90d19e while grouping was worked on (its dates fall in 2384 and 2385), held back unrun, then counted once at the next
session's start, before any change (d059713), and on the code it was written on (c90d19e): 61 of its 160 combinations
merged and its event split in 7, the same on both. The passenger falling onto the track merged its look-alikes in 9
of 16, the falling glass pane, the opera singer in the pit and the walkers trampled by cows in 8, the others in 3 to 6,
the official struck by a hammer at an athletics meeting in 1; only the opera singer (4) and the lighting bar on a
ballet stage (3) ever came out split. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_sixtysixth`` (air sports, toddlers at home, winter roofs, off-road riding and animals on the road)
was written blind on bb1848b while grouping was worked on (its dates fall in 2388 and 2389), held back unrun, then
counted once at the next session's start, before any change (c56e81e), and on the code it was written on (bb1848b):
53 of its 160 combinations merged on both, and its event split in 22 (27 on bb1848b). The swallowed button cell
merged its look-alikes in 14 of 16, the horse lorry in 8, the toddler's window fall in 7, the others in 2 to 5, the
paragliders in 1; the icicle came out split in 11 combinations (16 on bb1848b), the button cell in 6, the motocross
marshal in 4 and the window fall in 1. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_sixtyseventh`` (grounds and tree work, public aquariums and pet birds, car washes and car parks,
commercial kitchens, and children's indoor play) was written blind on c56e81e while grouping was worked on (its dates
fall in 2396 and 2397), held back unrun, then counted once at the next session's start, before any change (4963515),
and on the code it was written on (c56e81e): 72 of its 160 combinations merged and its event split in 26, the same on
both. The trampoline park's foam pit merged its look-alikes in 12 of 16, the soft play centre in 9, the aquarium
tank, the car park fall and the fryer fire in 8, the others in 4 to 7; the car wash, the car park fall and the fryer
fire came out split in 8 combinations each, the wood chipper and the aquarium tank in 1. It has been among
``DEFAULT_SETS`` since.

``tests.lookalike_sixtyeighth`` (beaches, libraries and archives, family parties, city buses, and shop doors and
fronts) was written blind on 289f867 while grouping was worked on (its dates fall in 2402 and 2403), held back unrun,
then counted once at the next session's start, before any change (e2571a2), and on the code it was written on
(289f867): 49 of its 160 combinations merged (60 on 289f867) and its event split in 21 on both. The collapsing sand
hole, the dry ice in a pool and the bus door dragging a rider merged their look-alikes in 8 of 16, the rolling
archive shelves in 7, the others in 4 to 6, the party's powder tube in none, and the bus's gas tank in none where it
had in 9 on 289f867 (that session's reading of the town a lead names kept them apart); the rolling shelves came out
split in 14 combinations, the revolving door in 4, the beach parasol in 2 and the sand hole in 1. It has been among
``DEFAULT_SETS`` since.

``tests.lookalike_sixtyninth`` (laundries and dry cleaners, hair salons, gyms, golf courses, and cinemas and
bowling centres) was written blind on c44e2ec4 while grouping was worked on (its dates fall in 2406 and 2407), held
back unrun, then counted once at the next session's start, before any change (91a1326), and on the code it was
written on (c44e2ec4): 60 of its 160 combinations merged and its event split in 25, the same on both. The hair dye
collapse, the leg press and the stray tee shot merged their look-alikes in 8 of 16, the other seven kinds
in 4 to 6; the treadmill fall and the hair dye collapse came out split in 8 combinations each, the flatwork ironer
in 6, the leg press in 2 and the powered cinema seat in 1. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_seventieth`` (ports and marinas, zoos and animal parks, hotels and hostels, school laboratories
and workshops, and filling stations) was written blind on aac9fcd5 while grouping was worked on (its dates fall in
2410 and 2411), held back unrun, then counted once at the next session's start, before any change (9b46148), and on
the code it was written on (aac9fcd5): 54 of its 160 combinations merged and its event split in 16, the same on both.
The marina shock, the elephant keeper, the petting farm E. coli and the bunk bed collapse merged their look-alikes
in 8 of 16, the lathe in 7, the leaking tank in 6, the fumigated container and the picric acid in 4, the static
flash fire in 1 and the scalding shower in none; only the petting farm E. coli came out split, in all 16 of its
combinations. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_seventyfirst`` (kart tracks, paintball sites, dog day-care and grooming, household recycling,
and boating lakes with houseboats) was written blind on 811e74cb while grouping was worked on (its dates fall in 2414
and 2415), held back unrun, then counted once at the next session's start, before any change (24e86ee), and on the
code it was written on (811e74cb): 47 of its 160 combinations merged at the start and 51 on the code it was written on
(the carbon monoxide in the kart hall merged its undated look-alike in 4 combinations there and in none at the
start), its event split in 3 on both. The paintball eye, the kennel cough and the capsized rowing boat merged their
look-alikes in 8 of 16, the burst air cylinder in 7, the kart over the tyre wall and the compactor fall in 6, the
houseboat stove fire in 4, and the kart hall, the drying cabinet fire and the canister in the shredder in none; the
burst air cylinder, the kennel cough and the compactor fall came out split in one combination each. It has been
among ``DEFAULT_SETS`` since.

``tests.lookalike_seventysecond`` (nail bars, street food and ice cream vans, garden ponds and hot tubs, car meets
and road racing, limousines and party buses) was written blind on 72475e94 while the engine was worked on (its dates
fall in 2418 and 2419), held back unrun, then counted once at the next session's start, before any change (3b3acbcf),
and on the code it was written on (72475e94): 35 of its 160 combinations merged at the start and 49 on the code it was
written on (most likely the previous session's discount for a look-alike months before the event kept apart
the foot spa germ's, the van blast's, the pond drowning's, the car meet crash's and the limousine hatch's look-alikes
in two or three more combinations each), its event split in 15 on both. The road race at the bus shelter merged its
look-alike in 11 of 16 combinations, the foot spa germ, the van blast and the car meet crash in 5, the pond drowning
in 4, the hot tub in 3, the limousine hatch in 2, and the acrylic liquid, the runaway ice cream van and the party bus
fire in none; the hot tub came out split in 9 combinations, the limousine hatch in 2, and the foot spa germ, the van
blast, the pond drowning and the road race in one each. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_seventythird`` (mobility scooters and stairlifts, stage hypnotists and fire performers, pedicabs
and husky sleds, karaoke bars and roller discos, billboards and rooftop screens) was written blind on f771c1f6 while
the engine was worked on (its dates fall in 2422 and 2423), held back unrun, then counted once at the next session's
start, before any change (e74ff760), and on the code it was written on (f771c1f6): 31 of its 160 combinations merged
on both, its event split in 29 on both (the previous session's changes moved none of its combinations). The scooter
on the bypass merged its look-alike in 8 of 16 combinations, the hypnotist's stunt in 7, the husky sled and the
billboard in 5, the karaoke fire in 3, the pedicab in 2, the rooftop screen in 1, and the stairlift, the beach bar
fire and the roller disco's mirror ball in none; the stairlift came out split in 12 combinations, the pedicab in 8,
the hypnotist's stunt in 7, and the karaoke fire and the billboard in one each. It has been among ``DEFAULT_SETS``
since.

``tests.lookalike_seventyfourth`` (heritage and miniature railways, parasails and banana boats, canyoning and via
ferratas, monster truck shows and tractor pulling, the glass floors and edge walks of tall towers) was written blind on
5c78a211 while the engine was worked on (its dates fall in 2426 and 2427), held back unrun, then counted once at the
next session's start, before any change (e2c8e2ec), and on the code it was written on (5c78a211): 53 of its 160
combinations merged on both, its event split in 38 on both (the previous session's changes moved none of its
combinations). The banana boat and the edge walk merged their look-alikes in 8 of 16 combinations, the canyoning flood
in 7, the miniature railway and the monster truck in 6, the parasail and the glass floor in 5, the runaway carriages
and the via ferrata in 4, and the tractor pull in none; the runaway carriages came out split in 16 combinations, the
edge walk in 10, the glass floor and the monster truck in 4, the canyoning flood in 3 and the parasail in one. It has
been among ``DEFAULT_SETS`` since.

``tests.lookalike_seventyfifth`` (bull runs and bullfights, borewells and old step wells, ships broken up on a beach
and towed there, crocodiles and hippos where people fish and cross rivers, the dragon boats and tidal bore of river
festivals) was written blind on af5117f5 while the engine was worked on (its dates fall in 2430 and 2431), held back
unrun, then counted once at the next session's start, before any change (d4e1e8eb), and on the code it was written on
(af5117f5): 49 of its 160 combinations merged on both, its event split in 10 on both (the previous session's changes
moved none of its combinations). The shipbreaking blast merged its look-alike in 11 of 16 combinations, the crocodile
in 9, the bull run in 8, the bullfight in 6, the borewell and the dragon boat in 5, the tidal bore in 4, the tow in
one, and the step well and the hippo in none; the shipbreaking blast came out split in 8 combinations and the bull run
in 2. It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_seventysixth`` (human towers and their helmets, log slides, steam mains and heating pipes bursting,
sea lions and dolphins near bathers, scorpions and recluse spiders in homes and schools, freedivers and spearfishers)
was written blind on 781e2608 while the engine was worked on (its dates fall in 2434 and 2435), held back unrun, then
counted once at the next session's start, before any change (93689f23), and on the code it was written on (781e2608):
56 of its 160 combinations merged on both, its event split in 9 on both (the previous session's changes moved none of
its combinations). The scorpions merged their look-alike in 15 of 16 combinations, the sea lion in 9, the human tower
and the freediver in 8, the steam main, the dolphin and the recluse spiders in 5, the log slide in one, and the
heating pipe and the spearfisher in none; the heating pipe came out split in 8 combinations and the scorpions in one.
It has been among ``DEFAULT_SETS`` since.

``tests.lookalike_seventyseventh`` is held back blind: its writer had only 75088eab before him while the engine kept
changing (its reports are dated in 2438 and 2439), and neither grouping, the engine nor this count has been run over
it. It owes one count on 75088eab itself and a second on code from a later session, after which it goes into
``DEFAULT_SETS``.
"""

from __future__ import annotations

import importlib
import sys
from collections import Counter
from collections.abc import Iterator, Sequence

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.group import GroupingOptions, group_articles
from consistency.model import Article, Fact
from tests.lookalike_more import Dated

Prepared = tuple[Article, list[Fact], str]
_prepared: dict[tuple[str, Dated, bool], Prepared] = {}

DEFAULT_SETS = (
    "tests.lookalike_more", "tests.lookalike_fresh", "tests.lookalike_fourth", "tests.lookalike_fifth",
    "tests.lookalike_sixth", "tests.lookalike_seventh", "tests.lookalike_eighth", "tests.lookalike_ninth", "tests.lookalike_tenth",
    "tests.lookalike_eleventh", "tests.lookalike_twelfth", "tests.lookalike_thirteenth",
    "tests.lookalike_fourteenth", "tests.lookalike_fifteenth", "tests.lookalike_sixteenth",
    "tests.lookalike_seventeenth", "tests.lookalike_eighteenth", "tests.lookalike_nineteenth",
    "tests.lookalike_twentieth", "tests.lookalike_twentyfirst", "tests.lookalike_twentysecond",
    "tests.lookalike_twentythird", "tests.lookalike_twentyfourth", "tests.lookalike_twentyfifth",
    "tests.lookalike_twentysixth", "tests.lookalike_twentyseventh", "tests.lookalike_twentyeighth",
    "tests.lookalike_twentyninth", "tests.lookalike_thirtieth", "tests.lookalike_thirtyfirst",
    "tests.lookalike_thirtysecond", "tests.lookalike_thirtythird", "tests.lookalike_thirtyfourth",
    "tests.lookalike_thirtyfifth", "tests.lookalike_thirtysixth", "tests.lookalike_thirtyseventh",
    "tests.lookalike_thirtyeighth", "tests.lookalike_thirtyninth", "tests.lookalike_fortieth",
    "tests.lookalike_fortyfirst", "tests.lookalike_fortysecond", "tests.lookalike_fortythird",
    "tests.lookalike_fortyfourth", "tests.lookalike_fortyfifth", "tests.lookalike_fortysixth",
    "tests.lookalike_fortyseventh", "tests.lookalike_fortyeighth",
    "tests.lookalike_fortyninth", "tests.lookalike_fiftieth", "tests.lookalike_fiftyfirst",
    "tests.lookalike_fiftysecond", "tests.lookalike_fiftythird", "tests.lookalike_fiftyfourth",
    "tests.lookalike_fiftyfifth", "tests.lookalike_fiftysixth", "tests.lookalike_fiftyseventh",
    "tests.lookalike_fiftyeighth", "tests.lookalike_fiftyninth", "tests.lookalike_sixtieth",
    "tests.lookalike_sixtyfirst", "tests.lookalike_sixtysecond", "tests.lookalike_sixtythird",
    "tests.lookalike_sixtyfourth",
    "tests.lookalike_sixtyfifth", "tests.lookalike_sixtysixth", "tests.lookalike_sixtyseventh",
    "tests.lookalike_sixtyeighth", "tests.lookalike_sixtyninth", "tests.lookalike_seventieth",
    "tests.lookalike_seventyfirst", "tests.lookalike_seventysecond", "tests.lookalike_seventythird",
    "tests.lookalike_seventyfourth", "tests.lookalike_seventyfifth", "tests.lookalike_seventysixth",
)


def _prepare(tag: str, report: Dated, dated: bool) -> Prepared:
    """One report as an article with its framed facts and cleaned text (made once per run)."""
    key = (tag, report, dated)
    if key not in _prepared:
        day, (title, body) = report
        article = Article(id=tag, path=f"{tag}.md", outlet=f"Outlet {tag}", body=title + "\n\n" + body,
                          published=day if dated else None)
        found, cleaned = extract_facts(article, id_prefix=f"{tag}:")
        _prepared[key] = (article, frame_facts(article, found), cleaned.text)
    return _prepared[key]


def patterns(size: int) -> list[tuple[int, ...]]:
    """Which of an event's reports lose their dates: none, the first, all but the first, all."""
    return list(dict.fromkeys([(), (0,), tuple(range(1, size)), tuple(range(size))]))


def grouped(
    kinds: dict[str, tuple[list[Dated], list[Dated]]],
    background: Sequence[Dated],
    options: GroupingOptions | None = None,
) -> Iterator[tuple[str, int, tuple[int, ...], bool, list[str], list[set[str]]]]:
    """Every combination of a set's table grouped: (kind, look-alike number, which of the event's reports
    lost their dates, whether the look-alike kept its own, the event's report tags, the events found).
    The look-alike's tag is "x"; the background stories are "other<n>"."""
    for kind, (event, lookalikes) in kinds.items():
        tags = [f"{kind}{i}" for i in range(len(event))]
        for number, lookalike in enumerate(lookalikes):
            for undated in patterns(len(event)):
                for dated in (True, False):
                    reports = [*zip(tags, event, strict=True), ("x", lookalike)]
                    reports += [(f"other{i}", story) for i, story in enumerate(background)]
                    lost = {tags[i] for i in undated} | (set() if dated else {"x"})
                    articles, facts, texts = [], [], {}
                    for tag, report in reports:
                        article, found, text = _prepare(tag, report, tag not in lost)
                        articles.append(article)
                        facts.extend(found)
                        texts[tag] = text
                    events = [set(e.article_ids) for e in group_articles(articles, texts, options, facts=facts)]
                    yield kind, number, undated, dated, tags, events


def count(
    kinds: dict[str, tuple[list[Dated], list[Dated]]],
    background: Sequence[Dated],
    options: GroupingOptions | None = None,
    verbose: bool = False,
) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Merged look-alikes, combinations and split events, each by kind."""
    merged: Counter[str] = Counter()
    total: Counter[str] = Counter()
    split: Counter[str] = Counter()
    for kind, number, undated, dated, tags, events in grouped(kinds, background, options):
        drawn = next(e for e in events if "x" in e)
        first = next(e for e in events if tags[0] in e)
        total[kind] += 1
        case = f"{kind} look-alike {number}, undated {list(undated)}, look-alike dated {dated}"
        if drawn != {"x"}:
            merged[kind] += 1
            if verbose:
                print(f"  merged: {case}: {sorted(drawn)}")
        if not set(tags) <= first:
            split[kind] += 1
            if verbose:
                print(f"  split:  {case}: {[sorted(e) for e in events if e & set(tags)]}")
    return merged, total, split


def count_sets(
    names: Sequence[str] = DEFAULT_SETS, verbose: bool = False
) -> Iterator[tuple[str, list[str], tuple[Counter[str], Counter[str], Counter[str]]]]:
    """``count`` over every ``*KINDS`` table of each named set, beside its background: (set and table name,
    its kinds, the counts), one table at a time (the benchmark's events suite sums them)."""
    for name in names:
        module = importlib.import_module(name)
        for label in sorted(k for k in vars(module) if k.endswith("KINDS")):
            kinds = getattr(module, label)
            yield f"{name}.{label}", list(kinds), count(kinds, module.BACKGROUND, verbose=verbose)


def main(argv: Sequence[str]) -> None:
    verbose = "-v" in argv
    for table, kinds, (merged, total, split) in count_sets(
        [a for a in argv if not a.startswith("-")] or DEFAULT_SETS, verbose
    ):
        by_kind = ", ".join(f"{k} {merged[k]}/{total[k]}" for k in kinds)
        print(f"{table}: merged {sum(merged.values())}/{sum(total.values())} ({by_kind}); "
              f"event split {sum(split.values())}")


if __name__ == "__main__":
    main(sys.argv[1:])
