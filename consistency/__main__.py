from consistency.cli import program

program()
