from visualizer.app import main

if __name__ == "__main__":  # the spawned training process imports this module too
    raise SystemExit(main())
