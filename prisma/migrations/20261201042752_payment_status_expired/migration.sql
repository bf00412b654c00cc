-- A Checkout Session that expired unpaid is recorded apart from a failed payment
-- AlterEnum
ALTER TYPE "PaymentStatus" ADD VALUE 'EXPIRED';
