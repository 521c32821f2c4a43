package org.shoppingapi.ports.in.order;

/** The use cases on an order's payment operations (record one, list them, read one), as one object serves them. */
public interface RecordPayments extends RecordPaymentUseCase, ListPaymentOperationsUseCase,
        GetPaymentOperationUseCase {
}
