'use strict';

module.exports = (entries) => ['word,count'].concat(entries.map((e) => e.key + ',' + e.count)).join('\n');
