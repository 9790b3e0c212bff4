#!/usr/bin/env node
'use strict';
// A to-do list CLI: subcommands, options, help and errors all come from commander.
const { Command, InvalidArgumentError } = require('commander');

function positive(value) {
  const n = Number.parseInt(value, 10);
  if (Number.isNaN(n) || n <= 0) throw new InvalidArgumentError('Not a positive number.');
  return n;
}

const items = ['write the parser', 'emit IL', 'ship the runtime', 'celebrate'];
const program = new Command();
program
  .name('todo')
  .description('A tiny to-do list')
  .version('0.3.0')
  .option('-v, --verbose', 'say more');

program.command('list')
  .description('list the items')
  .option('-n, --limit <count>', 'show at most count items', positive)
  .option('--done', 'mark every item done')
  .action((options) => {
    const shown = options.limit ? items.slice(0, options.limit) : items;
    shown.forEach((item, i) => console.log(`${options.done ? '[x]' : '[ ]'} ${i + 1}. ${item}`));
    if (program.opts().verbose) console.log(`(${shown.length} of ${items.length})`);
  });

program.command('add')
  .description('add an item')
  .argument('<words...>', 'the item')
  .option('-p, --priority <level>', 'low, normal or high', 'normal')
  .action((words, options) => {
    console.log(`added "${words.join(' ')}" (${options.priority})`);
  });

program.parse();
