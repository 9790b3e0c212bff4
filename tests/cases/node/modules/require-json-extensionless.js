// A JSON file is found without its extension when no .js file of that name exists.
var data = require('./fixtures/data/config');
console.log(data.name, data === require('./fixtures/data/config.json'));
