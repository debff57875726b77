/**
 * The Velero releases the engine reproduces, oldest first. Dates are the tags' commit dates;
 * `k8sApi` is the `k8s.io/api` version in each tag's go.mod (it decides which Pod and Container
 * fields survive Velero's typed round trip). `main` is one fixed commit, not a moving branch.
 */
export interface VeleroRelease {
  /** `1.17.2`, or `main`. */
  name: string;
  /** Release date (tag commit date), `YYYY-MM-DD`. */
  date: string;
  /** The vendored `k8s.io/api` version. */
  k8sApi: string;
  /** For `main`: the commit it stands for. */
  commit?: string;
}

export const RELEASES: readonly VeleroRelease[] = [
  { name: '1.10.0', date: '2022-11-29', k8sApi: '0.24.2' },
  { name: '1.10.1', date: '2023-02-02', k8sApi: '0.24.2' },
  { name: '1.10.2', date: '2023-02-23', k8sApi: '0.24.2' },
  { name: '1.10.3', date: '2023-04-27', k8sApi: '0.24.2' },
  { name: '1.11.0', date: '2023-04-13', k8sApi: '0.25.6' },
  { name: '1.11.1', date: '2023-07-19', k8sApi: '0.25.6' },
  { name: '1.12.0', date: '2023-09-19', k8sApi: '0.25.6' },
  { name: '1.12.1', date: '2023-10-20', k8sApi: '0.25.6' },
  { name: '1.12.2', date: '2023-11-23', k8sApi: '0.25.6' },
  { name: '1.12.3', date: '2024-01-10', k8sApi: '0.25.6' },
  { name: '1.12.4', date: '2024-02-26', k8sApi: '0.25.6' },
  { name: '1.13.0', date: '2024-01-24', k8sApi: '0.25.6' },
  { name: '1.13.1', date: '2024-03-08', k8sApi: '0.25.6' },
  { name: '1.13.2', date: '2024-04-11', k8sApi: '0.29.0' },
  { name: '1.14.0', date: '2024-06-13', k8sApi: '0.29.0' },
  { name: '1.14.1', date: '2024-08-20', k8sApi: '0.29.0' },
  { name: '1.15.0', date: '2024-10-28', k8sApi: '0.29.0' },
  { name: '1.15.1', date: '2024-12-23', k8sApi: '0.29.0' },
  { name: '1.15.2', date: '2025-01-13', k8sApi: '0.29.0' },
  { name: '1.16.0', date: '2025-04-08', k8sApi: '0.31.3' },
  { name: '1.16.1', date: '2025-05-14', k8sApi: '0.31.3' },
  { name: '1.16.2', date: '2025-07-24', k8sApi: '0.31.3' },
  { name: '1.17.0', date: '2025-09-09', k8sApi: '0.33.3' },
  { name: '1.17.1', date: '2025-11-04', k8sApi: '0.33.3' },
  { name: '1.17.2', date: '2026-01-09', k8sApi: '0.33.3' },
  { name: '1.18.0', date: '2026-03-02', k8sApi: '0.33.3' },
  { name: '1.18.1', date: '2026-05-12', k8sApi: '0.33.11' },
  { name: '1.18.2', date: '2026-06-24', k8sApi: '0.33.12' },
  {
    name: 'main',
    date: '2026-08-21',
    k8sApi: '0.36.0',
    commit: 'd2241adba0610dbc1fd57f8df32fdd4a39c36552',
  },
];

/** The release the engine follows when none is chosen: the newest tagged release. */
export const DEFAULT_RELEASE = '1.18.2';
