// The module wrapper's five arguments and `this`.
var path = require('path');
console.log(arguments.length, typeof arguments[0], typeof arguments[1], typeof arguments[2]);
console.log(arguments[0] === exports, arguments[1] === require, arguments[2] === module);
console.log(arguments[3] === __filename, arguments[4] === __dirname, path.basename(__filename));
console.log(this === module.exports, this === exports);
