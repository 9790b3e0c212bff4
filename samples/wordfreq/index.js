// wordfreq: counts the words of its arguments, most frequent first.
//   node index.js [--format=table|json|csv] [--top=N] words...
// Exercises for `jsc build`: relative requires, a package in node_modules (with its own
// package.json main), a .json module, a core module (events), a computed require (the
// formats/ directory), timers and process.exitCode.
'use strict';

const tokenize = require('./lib/tokenize');
const Counter = require('./lib/counter');
const options = require('./lib/options');
const stopwords = require('./data/stopwords.json');

const opts = options.parse(process.argv.slice(2));
if (opts.words.length === 0) {
  console.error('usage: wordfreq [--format=table|json|csv] [--top=N] words...');
  process.exitCode = 2;
} else {
  const counter = new Counter(stopwords);
  let events = 0;
  counter.on('word', () => { events++; });
  counter.addAll(tokenize(opts.words.join(' ')));
  // The report comes from a module picked at run time.
  const format = require('./formats/' + opts.format);
  setTimeout(() => {
    console.log(format(counter.top(opts.top), counter.total));
    console.log(`(${events} words seen, ${counter.skipped} stop words skipped)`);
  }, 1);
}
