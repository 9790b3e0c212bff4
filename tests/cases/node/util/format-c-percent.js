// %c consumes an argument and prints nothing; %% is a percent sign; unknown placeholders stay.
var util = require('util');
console.log(util.format('%cstyled%c', 'color: red', 'x'));
console.log(util.format('%%s %s', 'a'));
console.log(util.format('%x %s', 'a'));
console.log(util.format('%', 1));
console.log(util.format('a%', 1));
console.log(util.format('%s %s', 'only'));
