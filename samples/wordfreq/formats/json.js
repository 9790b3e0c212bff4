'use strict';

module.exports = function json(entries, total) {
  return JSON.stringify({ total: total, top: entries }, null, 2);
};
