// Printing strings that contain quotes, backslashes and control characters.
console.log('single \' inside');
console.log("double \" inside");
console.log("back\\slash and \\n literal");
console.log("mixed 'single' and \"double\"");
console.log("tab[\t] cr-free newline-free");
console.log(JSON.stringify("quote\" and backslash\\"));
console.log("unicode escape \u0041\u00df\u4e2d");
console.log("hex escape \x41\x62\x63");
console.log("null char length", "\0".length, "a\0b".length);
console.log("\\".length, "\\\\".length, "\\n".length);
