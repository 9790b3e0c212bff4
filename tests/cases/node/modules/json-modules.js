// .json files are parsed (a BOM is skipped), cached and shared; a syntax error names the file.
function clean(s) { return String(s).split(__dirname).join('<dir>'); }
var config = require('./fixtures/data/config.json');
console.log(config.name, config.list, config.nested.ok);
config.added = 1;
console.log(require('./fixtures/data/config').added);
console.log(require('./fixtures/data/bom.json').bom);
try {
  require('./fixtures/data/broken.json');
} catch (e) {
  console.log(e.name, clean(e.message));
}
console.log(require.resolve('./fixtures/data/broken.json') in require.cache);
