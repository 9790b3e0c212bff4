var n = 0;
function again() {
  if (++n < 50) setTimeout(again, 0);
  else console.log('ran', n);
}
again();
