"""The Processing provider "QFieldSync+": one thin algorithm per job, calling the job runner."""
