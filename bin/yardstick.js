#!/usr/bin/env node
// Entry point of the `yardstick` command. Runs the compiled CLI (`npm run build:server`).
import '../dist/server/cli/main.js';
