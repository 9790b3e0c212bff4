// Empty strings and whitespace-only strings at top level and inside containers.
console.log("");
console.log(" ");
console.log("", "");
console.log([""], { e: "" });
console.log(["  padded  "]);
console.log("a" + "" + "b");
console.log(["\t"], ["\r\n"]);
console.log(["\\"], ["'"], ['"'], ["`"]);
console.log("end");
