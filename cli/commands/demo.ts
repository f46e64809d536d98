// `scrutineer demo`: creates the fictional demo events and prints the current one's id.
import { Command } from 'commander';
import { action } from '../context';

export function demoCommand(): Command {
  return new Command('demo')
    .description('Create a realistic, wholly fictional event (30 cases, 7 agencies, scored, moderated, with findings, recommendations and a previous event to compare with) and print its id.')
    .action(
      action(async (s) => {
        const demo = await s.call('demo.create', {});
        s.print(demo, () => String(demo.id));
      }),
    );
}
