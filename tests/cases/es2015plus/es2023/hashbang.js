#!/usr/bin/env node
// A hashbang line (ES2023) is ignored at the start of a file.
console.log("hashbang ok", typeof require);
