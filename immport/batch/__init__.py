"""Batch Updater API (``settings.batch_url``, default https://immport-upload.niaid.nih.gov:9443)."""

from immport.batch.api import AsyncBatchUpdater, BatchUpdater

__all__ = ["AsyncBatchUpdater", "BatchUpdater"]
