process.on('uncaughtException', (err, origin) => {
  console.log('uncaught:', err.message.slice(0, 30), '| origin:', origin, '| code:', err.code);
});
Promise.reject(new Error('as uncaught'));
Promise.reject(7);
setTimeout(() => console.log('still alive'), 5);
