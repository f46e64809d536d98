// The action plan's statuses in plain words, and the "today" used for overdue.
import type { RecommendationStatus } from '../../../core/recommendations/service';

export const statusLabels: Record<RecommendationStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
};

export const statusOrder: RecommendationStatus[] = ['open', 'in-progress', 'done'];
