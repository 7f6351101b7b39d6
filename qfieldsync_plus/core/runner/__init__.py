"""Runs jobs: trigger rules, queue, child-process launch, timeout, and the job store."""
