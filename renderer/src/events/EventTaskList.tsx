// The event as a task list (the GOV.UK task-list pattern): plan → sample → allocate → audit →
// moderate → present → report → act, each with its state and what is left, as the core works
// them out (events.tasks). Each task links to the page where its work is done.
import type { EventTasks } from '@contract/types';
import { taskStateLabels, type Task, type TaskKey } from '@model/event-tasks';
import { href } from '../router';

/** Where each task's work is done; plan is done on this page (Edit details, Agencies). */
function linkOf(key: TaskKey, eventId: number): string | null {
  switch (key) {
    case 'plan':
      return null;
    case 'sample':
      return href.eventImport(eventId);
    case 'allocate':
      return href.allocation(eventId);
    case 'audit':
      return href.outstanding(eventId);
    case 'moderate':
      return href.moderationQueue(eventId);
    case 'present':
      return href.present(eventId);
    case 'report':
      return href.report(eventId);
    case 'act':
      return href.actions(eventId);
  }
}

function TaskRow({ task, number, eventId }: { task: Task; number: number; eventId: number }) {
  const link = task.state === 'cannot-start' ? null : linkOf(task.key, eventId);
  const hintId = `task-${task.key}-hint`;
  const statusId = `task-${task.key}-status`;
  const name = `${number}. ${task.title}`;
  return (
    <li className={`task-list-item${link ? ' task-list-item-with-link' : ''}`}>
      <div className="task-list-name">
        {link ? (
          <a href={link} className="task-list-link" aria-describedby={`${hintId} ${statusId}`}>
            {name}
          </a>
        ) : (
          <span className="task-list-title">{name}</span>
        )}
        <div id={hintId} className="task-list-hint">
          {task.done}
          {task.left.length > 0 && (
            <ul className="task-list-left" aria-label={`Left to do: ${task.title}`}>
              {task.left.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <div id={statusId} className={`task-list-status task-${task.state}`}>
        {task.state === 'completed' || task.state === 'cannot-start' ? taskStateLabels[task.state] : <strong className="task-tag">{taskStateLabels[task.state]}</strong>}
      </div>
    </li>
  );
}

export function EventTaskList({ tasks }: { tasks: EventTasks }) {
  const completed = tasks.tasks.filter((t) => t.state === 'completed').length;
  return (
    <section aria-labelledby="tasks-heading" className="task-list-section">
      <h2 id="tasks-heading">The audit, step by step</h2>
      <p className="hint">
        {completed} of {tasks.tasks.length} steps completed.
      </p>
      <ul className="task-list">
        {tasks.tasks.map((task, i) => (
          <TaskRow key={task.key} task={task} number={i + 1} eventId={tasks.eventId} />
        ))}
      </ul>
    </section>
  );
}
