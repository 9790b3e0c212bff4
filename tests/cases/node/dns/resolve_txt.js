// resolveTxt: one array of strings per TXT record (its character-strings).
const { start } = require('dns-test-server');
start({ 'txt.test': { TXT: [['v=spf1 -all'], ['part one', 'part two'], ['']] } }, (server, port, resolver) => {
  resolver.resolveTxt('txt.test', (err, records) => {
    console.log(err, JSON.stringify(records));
    server.close();
  });
});
