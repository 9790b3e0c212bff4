// console: the global console object (its Console class comes from internal/console).
'use strict';

module.exports = console;
