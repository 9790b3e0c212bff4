// The first argument may be a format string with %s, %d, %i, %f, %j and %%.
console.log("%s is %d years", "Ann", 42);
console.log("%s|%s|%s", "str", 5, null);
console.log("%d %d %d", "42", "abc", 1.5);
console.log("%i %i", 42.9, "-7.5");
console.log("%f", "3.25");
console.log("%j", { a: [1, "x"] });
console.log("100%% sure", "extra");
console.log("%s");
console.log("%s and %s", "only one");
console.log("no format", "%s", "x");
console.log("%x %s", "unknown", "next");
console.log("%d", -0, "%d");
