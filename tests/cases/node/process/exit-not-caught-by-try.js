try {
  process.exit(4);
} catch (e) {
  console.log('caught?! this must not print');
}
