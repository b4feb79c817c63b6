from sectorbrief.cli import main

main()
