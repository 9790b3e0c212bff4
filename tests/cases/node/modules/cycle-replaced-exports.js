// In a cycle, replacing module.exports afterwards is not seen by the module that got the old object.
var a = require('./fixtures/cycle2/a');
console.log(JSON.stringify(a));
var b = require('./fixtures/cycle2/b');
console.log(b.saw, b.aLoaded);
