from peerjob.cli import main

main()
