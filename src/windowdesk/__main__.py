from windowdesk.cli import main

raise SystemExit(main())
