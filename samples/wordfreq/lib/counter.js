'use strict';

const EventEmitter = require('events');
const tally = require('tally');

class Counter extends EventEmitter {
  constructor(stopwords) {
    super();
    this.stop = {};
    stopwords.forEach((w) => { this.stop[w] = true; });
    this.tally = tally.create();
    this.total = 0;
    this.skipped = 0;
  }

  addAll(words) {
    for (const word of words) {
      if (this.stop[word]) {
        this.skipped++;
        continue;
      }
      this.total++;
      this.tally.add(word);
      this.emit('word', word);
    }
  }

  top(n) {
    return this.tally.sorted().slice(0, n);
  }
}

module.exports = Counter;
