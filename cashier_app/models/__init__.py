"""The data model, one module per aggregate. Importing this package registers every table."""
from cashier_app.models.audit import AuditEvent
from cashier_app.models.base import Base, Cents, utcnow
from cashier_app.models.bill import SERVICES, UNITS, Bill, BillLine, UsageReading
from cashier_app.models.customer import Account, AccountStatus, Customer
from cashier_app.models.draft import (
    DraftCorrection, DraftDocument, DraftEnrollment, DraftEntry, DraftRun, EnrollmentStatus, EntryKind, RunStatus,
)
from cashier_app.models.drawer import (
    CashPickup, CashPickupLine, CountedItem, CountPhase, DayClose, DrawerBalance, DrawerCount, DrawerSession,
    DrawerState,
)
from cashier_app.models.export import PaymentExport
from cashier_app.models.importing import ImportRun
from cashier_app.models.payment import (
    COUNTER_TENDERS, Allocation, Payment, PaymentBatch, PaymentChannel, Tender, TenderKind, Void,
)
from cashier_app.models.printing import PrintDocument, PrintJob, PrintState
from cashier_app.models.returned import Charge, ReturnedItem
from cashier_app.models.setting import Setting
from cashier_app.models.station import ReceiptSequence, Station
from cashier_app.models.user import Role, User, UserRole

__all__ = [
    "COUNTER_TENDERS", "Account", "AccountStatus", "Allocation", "AuditEvent", "Base", "Bill", "BillLine", "CashPickup",
    "CashPickupLine", "CountPhase", "CountedItem", "DrawerBalance", "PaymentExport",
    "Cents", "Charge", "Customer", "DayClose", "DraftCorrection", "DraftDocument", "DraftEnrollment",
    "DraftEntry", "DraftRun", "EnrollmentStatus", "EntryKind", "RunStatus",
    "DrawerCount", "DrawerSession", "DrawerState", "ImportRun", "Payment", "PaymentBatch",
    "PaymentChannel", "PrintDocument", "PrintJob", "PrintState", "ReceiptSequence", "ReturnedItem", "Role",
    "SERVICES", "Setting", "Station", "Tender", "TenderKind", "UNITS", "UsageReading", "User",
    "UserRole", "Void", "utcnow",
]
