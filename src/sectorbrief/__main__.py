from sectorbrief.launch import main

main()
