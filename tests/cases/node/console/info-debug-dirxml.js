// info, debug and dirxml are console.log.
console.info('info', { a: 1 });
console.debug('debug %d', 2);
console.dirxml('dirxml', [3]);
