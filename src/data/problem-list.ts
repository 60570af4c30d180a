/** One thing wrong with a dataset, and where: `organizations[3].type`. */
export interface DataProblem {
  path: string;
  message: string;
}

/**
 * How many problems are listed. A partner fixes the first ones first; a hostile file could have
 * millions, and listing them all would freeze the page. Past this, problems are only counted, in one
 * final problem: "and 12,345 more problems".
 */
export const MAX_PROBLEMS = 100;

/** The path of that final problem. */
export const MORE_PROBLEMS_PATH = '…';

export type Report = (path: string, message: string) => void;

/** The first MAX_PROBLEMS problems, and a count of the rest. */
export class ProblemList {
  private readonly listed: DataProblem[] = [];
  private unlisted = 0;
  /** Whether some problems past the limit were not counted, so that the count is a floor. */
  private countIsFloor = false;

  readonly add: Report = (path, message) => {
    if (this.isFull) this.unlisted++;
    else this.listed.push({ path, message });
  };

  /** A record known to have at least one problem, though not how many. */
  addRecordWithProblems(): void {
    this.unlisted++;
    this.countIsFloor = true;
  }

  /** Says that checks which could only have added to the count were left out. */
  leaveUncounted(): void {
    this.countIsFloor = true;
  }

  get isFull(): boolean {
    return this.listed.length >= MAX_PROBLEMS;
  }

  get isOverflowing(): boolean {
    return this.unlisted > 0;
  }

  get isEmpty(): boolean {
    return this.listed.length === 0;
  }

  toArray(): DataProblem[] {
    if (this.unlisted === 0) return this.listed;
    const count = `${this.countIsFloor ? 'at least ' : ''}${this.unlisted.toLocaleString('en-US')}`;
    const message = `and ${count} more problem${this.unlisted === 1 ? '' : 's'}; only the first ${MAX_PROBLEMS} are listed`;
    return [...this.listed, { path: MORE_PROBLEMS_PATH, message }];
  }
}
