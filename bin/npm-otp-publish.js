#!/usr/bin/env node
// npx npm-otp-publish publish [options]: see --help. Everything it runs is in dist/ (built, committed, packed).
import '../dist/cli.js'
