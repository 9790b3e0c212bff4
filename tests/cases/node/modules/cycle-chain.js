// A three-module cycle: the last module sees the first one's exports so far.
var one = require('./fixtures/circular-chain/one');
console.log(one.name, one.two.name, one.two.three.name, one.two.three.sawOne);
