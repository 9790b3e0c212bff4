// EOL splits text written with it.
var os = require('os');
var text = ['one', 'two', 'three'].join(os.EOL);
console.log(text.split(os.EOL).length, JSON.stringify(os.EOL));
