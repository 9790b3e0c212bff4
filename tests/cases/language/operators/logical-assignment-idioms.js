// ES5 idioms with || and && for defaults and guards.
function greet(name, greeting) {
  name = name || "stranger";
  greeting = greeting || "Hello";
  return greeting + ", " + name;
}
console.log(greet(), greet("Ann"), greet("", "Hi"), greet(0, null));
function safeLength(s) { return s && s.length; }
console.log(safeLength("abc"), safeLength(""), safeLength(null), safeLength(undefined));
var config = null;
var port = (config && config.port) || 8080;
console.log(port);
var cache = {};
function get(k) { return cache[k] || (cache[k] = k.toUpperCase()); }
console.log(get("a"), get("a"), Object.keys(cache).length);
var count = 0;
var flag = false;
flag && count++;
!flag && count++;
console.log(count);
console.log(0 || false || "" || null, 1 && {} && [] && "all truthy");
