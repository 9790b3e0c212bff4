// A directory without package.json loads index.js, else index.json.
console.log(require('./fixtures/dirindex'));
console.log(require('./fixtures/dirindex/'));
console.log(require('./fixtures/dirjson').from);
