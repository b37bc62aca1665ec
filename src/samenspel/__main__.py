from samenspel.cli import main

main()
