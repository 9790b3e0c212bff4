process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandledRejection:', reason instanceof Error ? reason.message : reason, promise instanceof Promise);
});
Promise.reject(new Error('one'));
Promise.reject('two');
new Promise((_, rej) => setTimeout(() => rej('three'), 5));
setTimeout(() => console.log('process keeps running'), 20);
