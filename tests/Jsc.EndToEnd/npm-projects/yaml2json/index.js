'use strict';
// Converts the YAML file named on the command line (default: config.yaml beside this file) to
// JSON, dumps it back to YAML, and reports a malformed document the way js-yaml does.
var fs = require('fs');
var path = require('path');
var yaml = require('js-yaml');

var file = process.argv[2] || path.join(__dirname, 'config.yaml');
var documents = yaml.loadAll(fs.readFileSync(file, 'utf8'));
console.log(JSON.stringify(documents, null, 2));
console.log(yaml.dump(documents[0], { sortKeys: true, lineWidth: 60 }));
try {
  yaml.load('key: [unclosed\nother: value');
} catch (e) {
  console.log(e.name);
  console.log(e.message);
}
