#!/usr/bin/env node
// The installed entry point runs the compiled CLI; `npm install` builds it (the `prepare` script).
import '../dist/cli/bin.js';
