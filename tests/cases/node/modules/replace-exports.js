// module.exports replaced by a function: require returns the function, the old exports is lost.
var greet = require('./fixtures/replace-exports');
console.log(typeof greet, greet('world'), greet.extra, greet.lost);
