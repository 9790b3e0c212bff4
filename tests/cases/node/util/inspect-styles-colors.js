// inspect.styles and inspect.colors: node's defaults, and changing a style changes the output.
var util = require('util');
console.log(util.inspect.styles);
console.log(util.inspect.colors.red, util.inspect.colors.grey, util.inspect.colors.gray, util.inspect.colors.bold);
console.log(Object.keys(util.inspect.colors).length, 'grey' in util.inspect.colors, Object.keys(util.inspect.colors).indexOf('grey'));
util.inspect.styles.number = 'red';
console.log(JSON.stringify(util.inspect(5, { colors: true })));
util.inspect.styles.string = 'nonexistent';
console.log(JSON.stringify(util.inspect('s', { colors: true })));
delete util.inspect.styles.boolean;
console.log(JSON.stringify(util.inspect(true, { colors: true })));
