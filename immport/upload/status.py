"""Ticket status values: a ``str`` subclass with the documented constants; unknown values are kept.

State machine (Data Upload and Batch Updater APIs)::

    upload (uploadData), offline           Pending ------------------> Completed | Rejected
    validate step 1 (validateData)         Pending_Validation --(validate, step 2)--> Completed_Validation
                                                                                   | Rejected_Validation
    batch upload (batchUpdateUpload)       Pending_Batch_Updater ----> Completed_Batch_Updater
                                                                      | Rejected_Batch_Updater
    batch validate (batchUpdateValidate)   Pending_Batch_Updater_Validation --(validate)-->
                                             Completed_Batch_Updater_Validation
                                           | Rejected_Batch_Updater_Validation

Unknown future values are classified by prefix: ``Completed*`` success, ``Rejected*``/``Error*``/``Failed*``
rejected (both terminal); anything else is still in progress.
"""

from __future__ import annotations


class TicketStatus(str):
    __slots__ = ()

    PENDING = "Pending"
    PENDING_VALIDATION = "Pending_Validation"
    COMPLETED = "Completed"
    COMPLETED_VALIDATION = "Completed_Validation"
    REJECTED = "Rejected"
    REJECTED_VALIDATION = "Rejected_Validation"
    PENDING_BATCH_UPDATER = "Pending_Batch_Updater"
    PENDING_BATCH_UPDATER_VALIDATION = "Pending_Batch_Updater_Validation"
    COMPLETED_BATCH_UPDATER = "Completed_Batch_Updater"
    COMPLETED_BATCH_UPDATER_VALIDATION = "Completed_Batch_Updater_Validation"
    REJECTED_BATCH_UPDATER = "Rejected_Batch_Updater"
    REJECTED_BATCH_UPDATER_VALIDATION = "Rejected_Batch_Updater_Validation"

    @property
    def is_success(self) -> bool:
        return self.startswith("Completed")

    @property
    def is_rejected(self) -> bool:
        return self.startswith(("Rejected", "Error", "Failed"))

    @property
    def is_terminal(self) -> bool:
        return self.is_success or self.is_rejected

    @property
    def is_validation(self) -> bool:
        return self.endswith("Validation")

    @property
    def awaits_validate_call(self) -> bool:
        """Step 1 of a validation is done; nothing happens until ``validate()`` (step 2) is called."""
        return self in (self.PENDING_VALIDATION, self.PENDING_BATCH_UPDATER_VALIDATION)

    @property
    def is_known(self) -> bool:
        return self in _KNOWN

    def __repr__(self) -> str:
        return f"TicketStatus({str(self)!r})"


_KNOWN = frozenset(
    value for name, value in vars(TicketStatus).items() if name.isupper() and isinstance(value, str)
)
