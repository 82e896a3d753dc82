import { sampleNetwork } from '@/tests/fixtures/sample-network';
import { describeExportRoundTrip } from '@/tests/fhir/round-trip';
import { EXPORT_BATCH_SIZE } from './export';

// More practitioners than one export batch, so the export is seen writing in batches.
const dataset = sampleNetwork({ practitioners: EXPORT_BATCH_SIZE + 10 });

describeExportRoundTrip(`directory:export of ${dataset.name}`, dataset);
